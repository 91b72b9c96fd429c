"""The AI coach: free text answered by an Anthropic tool-use agent whose tools are the
tracking features' own services, with the user's profile, day, preferences and memories in
its prompt; answers stream as drafts. Without an API key it runs on the stand-in model
and says so."""

from __future__ import annotations

from collections.abc import Mapping

from healthbot.coach.agent import CoachService
from healthbot.coach.llm import ModelClient
from healthbot.coach.memories import Memories
from healthbot.coach.preferences import PREFERENCES, PreferenceRepository
from healthbot.coach.repository import CONVERSATION, CoachRepository
from healthbot.coach.router import build_router
from healthbot.coach.texts import TEXTS
from healthbot.config import RetentionSettings
from healthbot.feature import Core, Dependencies, Feature, JobContext
from healthbot.retention import DAY, HOUR, Rule, batch_delete, seconds
from healthbot.tables import Table


def _provide(core: Core) -> Mapping[str, object]:
    preferences = PreferenceRepository(core.db, core.cache)
    coach = CoachService(
        core.settings.anthropic,
        ModelClient(core.settings.anthropic),
        CoachRepository(core.db, core.cache),
        preferences,
    )
    # "allergies": what /log marks on the foods it offers (meals' AllergySource); the coach's
    # turns, for the chat claims (with other daemons up, a daemon keeps no more chats at work
    # than it has turns).
    return {
        "coach": coach,
        "memories": Memories(core.settings, core.db),
        "allergies": preferences,
        "coach_turns": coach.turns,
    }


async def close_client(dependencies: Dependencies) -> None:
    """The model's client (and the offline stand-in's server), when the app closes."""
    await dependencies.get(CoachService).client.close()


async def run_memory(context: JobContext) -> None:
    """The memory store, opened in the background (the model takes a while to load), and
    its writer."""
    await context.dependencies.get(Memories).run()


def retention_rules(settings: RetentionSettings) -> list[Rule]:
    """The conversation past its period; the model's rounds, kept so that a retried update
    does not ask again, only as long as finished updates are."""
    return [
        Rule(
            "conversation",
            seconds(settings.conversation_days, DAY),
            batch_delete("conversation_history", "id", "created_at < %(cutoff)s"),
        ),
        Rule(
            "coach_rounds",
            seconds(settings.inbox_hours, HOUR),
            batch_delete("coach_rounds", "ctid", "created_at < %(cutoff)s"),
        ),
    ]


FEATURE = Feature(
    name="coach",
    router=build_router,
    texts=TEXTS,
    provide=_provide,
    cache_namespaces=(PREFERENCES, CONVERSATION),
    jobs=(run_memory,),
    close=close_client,
    tables=(
        Table("conversation_history"),
        Table("coach_preferences"),
        Table("coach_usage"),
        Table("coach_rounds", export=False),  # the model's raw rounds: bookkeeping
        # The memories keep the user inside their payload (mem0's layout), not in a column
        # that references users.
        Table("coach_memories", "payload->>'user_id' = %(id)s::text", erase=True),
        Table("coach_memory_writes", export=False, erase=True),  # the write queue
    ),
    retention=retention_rules,
)
