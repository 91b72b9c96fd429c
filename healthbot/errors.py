"""The project's exception hierarchy: one short class per failure mode."""


class HealthbotError(Exception):
    """Base class for every error raised on purpose by healthbot."""


class ConfigError(HealthbotError):
    """The configuration is malformed, incomplete or of the wrong type."""


class StartupError(HealthbotError):
    """A dependency (database, Redis, metrics port) could not be brought up at start."""


class DatabaseUnavailable(StartupError):
    """The database did not answer (refused, starting up, too many clients): it may soon."""


class StopRequested(HealthbotError):
    """A stop (SIGTERM) came while the daemon was still waiting to start: not a failure."""


class MigrationError(HealthbotError):
    """A migration could not be applied, rolled back, or was edited after being applied."""


class UserInputError(HealthbotError):
    """A user's input cannot be understood; the message is shown to the user."""


class BackupError(HealthbotError):
    """A backup could not be written, or a file could not be read or restored as one."""
