"""mem0 is imported for the memory without qdrant_client (and grpc), which it loads for a
config class of a store we do not use, and still builds its pgvector memory."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def test_mem0_loads_without_qdrant_client_and_grpc(tmp_path: Path) -> None:
    script = (
        "import sys; from pathlib import Path; "
        "from healthbot.coach.memory import backend; "
        "backend.quiet_and_offline(Path(sys.argv[1])); backend._import_mem0(); "
        "from mem0 import AsyncMemory; from mem0.configs.base import MemoryConfig; "
        "MemoryConfig(vector_store={'provider': 'pgvector', 'config': "
        "{'collection_name': 'c', 'embedding_model_dims': 4, 'connection_string': "
        "'postgresql://127.0.0.1:9/none'}}); "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'grpc', 'google'})); "
        "q = sys.modules['qdrant_client']; "
        "print(type(q).__name__, hasattr(q, '__file__'))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == ["[]", "module", "False"]
