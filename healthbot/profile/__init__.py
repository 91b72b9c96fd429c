"""Users and their profiles: registration (/start), help, and the user record."""
