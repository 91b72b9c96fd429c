"""The AI coach: free text answered by an Anthropic tool-use agent whose tools are the
tracking features' own services, with the user's profile, day, preferences and memories in
its prompt; answers stream as drafts. Without an API key it runs on loadgen's fake model
and says so."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping

from healthbot.coach.agent import CoachService
from healthbot.coach.llm import ModelClient
from healthbot.coach.memories import Memories
from healthbot.coach.preferences import PREFERENCES, PreferenceRepository
from healthbot.coach.repository import CoachRepository
from healthbot.coach.router import build_router
from healthbot.coach.texts import TEXTS
from healthbot.feature import Core, Feature, JobContext


def _provide(core: Core) -> Mapping[str, object]:
    coach = CoachService(
        core.settings.anthropic,
        ModelClient(core.settings.anthropic),
        CoachRepository(core.db, core.cache),
        PreferenceRepository(core.db, core.cache),
    )
    return {"coach": coach, "memories": Memories(core.settings, core.db)}


async def close_client(context: JobContext) -> None:
    """Until the daemon stops; then close the model's client (and the offline fake)."""
    coach = context.dependencies["coach"]
    assert isinstance(coach, CoachService)
    try:
        await asyncio.Event().wait()
    finally:
        await coach.client.close()


async def run_memory(context: JobContext) -> None:
    """The memory store, opened in the background (the model takes a while to load), and
    its writer."""
    memories = context.dependencies["memories"]
    assert isinstance(memories, Memories)
    await memories.run()


FEATURE = Feature(
    name="coach",
    router=build_router,
    texts=TEXTS,
    provide=_provide,
    cache_namespaces=(PREFERENCES,),
    jobs=(close_client, run_memory),
)
