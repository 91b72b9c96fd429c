"""Profile use cases, free of aiogram types: handlers and the coach's tools call these.

Other features read a user's daily targets with `ProfileService.targets(user_id)` (cached;
the defaults until the user sets a profile). The targets are stored in `user_profiles`
(`daily_kcal_target`, `protein_g_target`, `carbs_g_target`, `fat_g_target`,
`daily_water_ml_target`) and recomputed here whenever an answer they depend on changes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal

from healthbot.errors import UserInputError
from healthbot.profile import timezones
from healthbot.profile.parsing import (
    MAX_AGE,
    MAX_HEIGHT_CM,
    MAX_WEIGHT_KG,
    MIN_AGE,
    MIN_HEIGHT_CM,
    MIN_WEIGHT_KG,
)
from healthbot.profile.repository import Profile, ProfileField, ProfileRepository
from healthbot.profile.targets import (
    DEFAULT_KCAL,
    DEFAULT_WATER_ML,
    Activity,
    Body,
    Goal,
    Sex,
    Targets,
    daily_targets,
    direction,
    energy_kcal,
    macros,
)
from healthbot.users import User, UserRepository


@dataclass(frozen=True, slots=True)
class Answers:
    """Setup answers given at once, as the coach's `update_profile` passes them on; None
    leaves an answer as it is."""

    sex: Sex | None = None
    age: int | None = None
    height_cm: Decimal | None = None
    activity: Activity | None = None
    goal: Goal | None = None
    goal_weight_kg: Decimal | None = None

    def check(self) -> None:
        """Raise `UserInputError` for the first answer the setup dialog would refuse."""
        if self.age is not None and not MIN_AGE <= self.age <= MAX_AGE:
            raise UserInputError(f"age must be from {MIN_AGE} to {MAX_AGE} years")
        if self.height_cm is not None and not MIN_HEIGHT_CM <= self.height_cm <= MAX_HEIGHT_CM:
            raise UserInputError(f"height must be from {MIN_HEIGHT_CM} to {MAX_HEIGHT_CM} cm")
        weight = self.goal_weight_kg
        if weight is not None and not MIN_WEIGHT_KG <= weight <= MAX_WEIGHT_KG:
            raise UserInputError(f"goal weight must be from {MIN_WEIGHT_KG} to {MAX_WEIGHT_KG} kg")


@dataclass(frozen=True, slots=True)
class Overview:
    """Everything /profile shows: the user, their answers, latest weight, age and targets."""

    user: User | None
    profile: Profile | None
    weight_kg: Decimal | None
    age: int | None
    targets: Targets
    formula_kcal: int | None  # what the formula gives (None: not enough answers)
    direction: str  # where the goal points now: lose, maintain or gain
    at: datetime  # when it was read (the local time shown beside the timezone)

    @property
    def name(self) -> str | None:
        """What to call the user: the name they gave, else their Telegram first name."""
        if self.profile is not None and self.profile.display_name:
            return self.profile.display_name
        return self.user.first_name if self.user is not None else None

    @property
    def timezone(self) -> str:
        """The user's IANA zone (UTC before their first message)."""
        return self.user.timezone if self.user is not None else "UTC"

    @property
    def units(self) -> str:
        """'metric' (the default) or 'imperial'."""
        return self.profile.units if self.profile is not None else "metric"


class ProfileService:
    """The user record (registration is the kernel's: `users.register`), the profile and the
    daily targets."""

    def __init__(
        self,
        users: UserRepository,
        profiles: ProfileRepository | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.users = users
        self.profiles = profiles or ProfileRepository(users.db, users.cache)
        self.clock = clock

    async def get(self, user_id: int) -> User | None:
        """The user's record (through the cache), or None before their first /start."""
        return await self.users.get(user_id)

    async def profile(self, user_id: int) -> Profile | None:
        """The user's profile row (through the cache), or None before they set anything."""
        return await self.profiles.get(user_id)

    async def erase(self, user_id: int) -> int:
        """Delete everything stored about the user (cached copies too); return rows deleted."""
        return await self.users.erase(user_id)

    # --- answers -------------------------------------------------------------------------

    async def set_field(self, user_id: int, field: ProfileField, value: object) -> None:
        """Store one answer of the setup dialog (validated by its parser or its buttons)."""
        await self.profiles.set_field(user_id, field, value)

    async def follow_units(self, user_id: int, units: str) -> bool:
        """The units an amount was typed in become the user's, unless they chose theirs;
        True if they changed."""
        return await self.profiles.follow_units(user_id, units)

    async def weigh_in_stones(self, user_id: int, stones: bool | None) -> None:
        """A weight was typed in stones (True), in kg or lb (False), or bare (None: nothing
        changes): an imperial user's body weights read so from now on."""
        if stones is not None:
            await self.profiles.weigh_in_stones(user_id, stones)

    async def set_age(self, user_id: int, age: int) -> None:
        """Store an age as the birth year it implies (so that it stays right next year)."""
        await self.profiles.set_field(user_id, "birth_year", self.clock().year - age)

    async def set_timezone(self, user_id: int, name: str) -> str:
        """Change the user's timezone (and their reminders') to an IANA name or to what
        /timezone reads ("Melbourne", "UTC+2"); return the IANA name. Raise `UnknownTimezone`
        (with suggestions) or `AmbiguousTimezone` (with the zones to choose from)."""
        zone = name if timezones.is_known(name) else timezones.resolve(name)
        await self.users.set_timezone(user_id, zone)
        return zone

    async def answer(self, user_id: int, answers: Answers) -> Targets:
        """Store several setup answers at once (what the user told the coach) and compute the
        targets again; raise `UserInputError` naming the first answer out of range, having
        stored nothing."""
        answers.check()
        fields: dict[ProfileField, object] = {
            "sex": answers.sex,
            "birth_year": None if answers.age is None else self.clock().year - answers.age,
            "height_cm": answers.height_cm,
            "activity_level": answers.activity,
        }
        for field, value in fields.items():
            if value is not None:
                await self.profiles.set_field(user_id, field, value)
        if answers.goal_weight_kg is not None:
            toward = await self.set_goal_weight(user_id, answers.goal_weight_kg)
            if toward is None and answers.goal is not None:  # no weigh-in to tell the way yet
                await self.profiles.set_field(user_id, "goal", answers.goal)
        elif answers.goal is not None:
            await self.set_goal(user_id, answers.goal)
        return await self.recompute(user_id)

    async def set_goal_weight(self, user_id: int, kg: Decimal) -> str | None:
        """Aim at a goal weight. The goal (lose, gain, or maintain within 0.5 kg) follows
        from the latest weigh-in; None until there is one. Return the goal."""
        goal = await self._toward(user_id, kg)
        await self.profiles.set_field(user_id, "target_weight_kg", kg)
        await self.profiles.set_field(user_id, "goal", goal)
        if goal == "maintain":
            await self.profiles.set_field(user_id, "weekly_pace_kg", None)
        return goal

    async def set_goal(self, user_id: int, goal: str) -> None:
        """A goal without a weight (lose, maintain, gain); maintaining drops the goal weight
        and the pace."""
        await self.profiles.set_field(user_id, "goal", goal)
        if goal == "maintain":
            await self.profiles.set_field(user_id, "target_weight_kg", None)
            await self.profiles.set_field(user_id, "weekly_pace_kg", None)

    async def set_pace(self, user_id: int, kg: Decimal | None) -> None:
        """The weekly pace toward the goal weight, which sets the goal's way again (it may
        have been "maintain for now"); None: maintain for now, the goal weight kept."""
        profile = await self.profiles.get(user_id)
        await self.profiles.set_field(user_id, "weekly_pace_kg", kg)
        if kg is None:
            await self.profiles.set_field(user_id, "goal", "maintain")
        elif profile is not None and profile.target_weight_kg is not None:
            goal = await self._toward(user_id, profile.target_weight_kg)
            await self.profiles.set_field(user_id, "goal", goal)

    async def _toward(self, user_id: int, target: Decimal) -> str | None:
        latest = await self.profiles.latest_weight(user_id)
        if latest is None:
            return None
        return direction(Body(weight_kg=float(latest), target_kg=float(target)))

    async def log_weight(self, user_id: int, kg: Decimal, key: str) -> None:
        """Log the weight given in the dialog as a weigh-in, once per operation key."""
        await self.profiles.add_weigh_in(user_id, kg, key)

    async def mark_onboarded(self, user_id: int) -> Targets:
        """End of the setup dialog: recompute the targets and remember it was done."""
        await self.profiles.mark_onboarded(user_id)
        return await self.recompute(user_id)

    async def set_kcal_target(self, user_id: int, kcal: int | None) -> Targets:
        """Set the energy target by hand (500-10,000 kcal), or None to use the formula again."""
        return await self.recompute(user_id, manual_kcal=kcal, manual_changed=True)

    # --- targets -------------------------------------------------------------------------

    async def targets(self, user_id: int) -> Targets:
        """The user's daily targets: stored ones, else the defaults (one cached read).

        Energy: `daily_kcal_target`, else 2,000 kcal. Macros: the stored grams, else the
        20/30/50 split of the energy target. Water: `daily_water_ml_target`, else 2,000 ml.
        """
        profile = await self.profiles.get(user_id)
        if profile is None:
            return daily_targets(Body())
        kcal = profile.daily_kcal_target or DEFAULT_KCAL
        protein, carbs, fat = macros(kcal, None, profile.goal)
        return Targets(
            kcal=kcal,
            protein_g=_or(profile.protein_g_target, protein),
            carbs_g=_or(profile.carbs_g_target, carbs),
            fat_g=_or(profile.fat_g_target, fat),
            water_ml=profile.daily_water_ml_target or DEFAULT_WATER_ML,
        )

    async def recompute(
        self, user_id: int, *, manual_kcal: int | None = None, manual_changed: bool = False
    ) -> Targets:
        """Compute the targets from the answers and the latest weigh-in, and store them.

        A manual energy target is kept (unless `manual_changed` sets or clears it); without
        enough answers for the formula and no manual target, the energy target is left
        unset, so that the default applies. Without a weight, the water goal is kept.
        """
        profile = await self.profiles.get(user_id)
        if not manual_changed and profile is not None and profile.kcal_target_manual:
            manual_kcal = profile.daily_kcal_target
        body = self._body(profile, await self.profiles.latest_weight(user_id))
        targets = daily_targets(body, manual_kcal)
        stored_kcal = manual_kcal if manual_kcal is not None else energy_kcal(body)
        weighed = body.weight_kg is not None
        await self.profiles.set_targets(
            user_id,
            kcal=stored_kcal,
            manual=manual_kcal is not None,
            protein_g=targets.protein_g if weighed else None,
            carbs_g=targets.carbs_g if weighed else None,
            fat_g=targets.fat_g if weighed else None,
            water_ml=targets.water_ml if weighed else None,
        )
        return await self.targets(user_id)

    async def overview(self, user_id: int) -> Overview:
        """What /profile shows."""
        user = await self.users.get(user_id)
        profile = await self.profiles.get(user_id)
        weight = await self.profiles.latest_weight(user_id)
        body = self._body(profile, weight)
        return Overview(
            user=user,
            profile=profile,
            weight_kg=weight,
            age=body.age,
            targets=await self.targets(user_id),
            formula_kcal=energy_kcal(body),
            direction=direction(body),
            at=self.clock(),
        )

    def _body(self, profile: Profile | None, weight: Decimal | None) -> Body:
        if profile is None:
            return Body(weight_kg=None if weight is None else float(weight))
        age = None if profile.birth_year is None else self.clock().year - profile.birth_year
        return Body(
            weight_kg=None if weight is None else float(weight),
            height_cm=None if profile.height_cm is None else float(profile.height_cm),
            age=age,
            sex=profile.sex,
            activity=profile.activity_level,
            goal=profile.goal,
            target_kg=None if profile.target_weight_kg is None else float(profile.target_weight_kg),
            pace_kg=None if profile.weekly_pace_kg is None else float(profile.weekly_pace_kg),
        )


def _or(stored: int | None, derived: int) -> int:
    return derived if stored is None else stored
