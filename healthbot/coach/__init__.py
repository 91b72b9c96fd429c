"""The AI coach: the agent, its tools, and its semantic memory."""
