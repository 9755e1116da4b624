"""stagenorm: canonical venture-deal stage labels, kept canonical inside PostgreSQL.

    >>> from stagenorm import normalize_stage
    >>> normalize_stage("Series B-2 ext")
    'series_b'
"""

from typing import Any

from stagenorm.exceptions import StageValidationError
from stagenorm.taxonomy import normalize_stage, parse_stage_distribution, suggest_stages

__version__ = "0.1.0"
__all__ = [
    "StageValidationError",
    "__version__",
    "normalize_stage",
    "parse_stage_distribution",
    "suggest_stages",
    "validate_distribution",
    "validate_stage",
]


def __getattr__(name: str) -> Any:
    # The mode-aware checks pull in the metrics registry, which must not be created
    # before `stagenorm serve` has set PROMETHEUS_MULTIPROC_DIR: import them on first use.
    if name in ("validate_stage", "validate_distribution"):
        from stagenorm import validation

        return getattr(validation, name)
    raise AttributeError(f"module 'stagenorm' has no attribute {name!r}")
