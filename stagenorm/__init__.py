"""stagenorm: canonical venture-deal stage labels, kept canonical inside PostgreSQL.

    >>> from stagenorm import normalize_stage
    >>> normalize_stage("Series B-2 ext")
    'series_b'
"""

from stagenorm.taxonomy import normalize_stage, parse_stage_distribution, suggest_stages

__version__ = "0.1.0"
__all__ = ["__version__", "normalize_stage", "parse_stage_distribution", "suggest_stages"]
