-- Runs the shared rules module (stagenorm/rules.py) for the SQL functions, so SQL and
-- the Python package answer from one implementation. _rebuild_normalizer embeds the
-- module and the taxonomy into this body (the EMBEDDED line), because parallel workers
-- cannot run queries from PL/Python; each session loads them once per taxonomy version.
-- The loaded state lives in SD, which PL/Python discards whenever this function's pg_proc
-- row changes: a rebuild that was rolled back can reuse a version number, so a cache in GD
-- keyed by the version alone would keep answering with the rolled-back taxonomy.
-- Created only where PL/Python is the chosen implementation (sql/implementation.sql);
-- elsewhere the portable functions _rules_pg & co. answer in its place.
SELECT stagenorm._create_plpython($ddl$
CREATE FUNCTION stagenorm._rules_py(
  op text,
  arg text,
  taxonomy_version integer,
  scale text DEFAULT 'auto',
  tolerance double precision DEFAULT 0.01
) RETURNS text
LANGUAGE plpython3u IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
-- The planner's estimate per call inside normalize_stage, where a constant map answers
-- most labels first: an honest average, which keeps plans over big tables from paying
-- JIT compilation for a branch that is rarely taken (measured: 1.9x -> 1.2x on 1M rows).
COST 5
AS $py$
import json

state = SD.get("stagenorm")
if state is None or state["version"] != taxonomy_version:
    EMBEDDED = None  # (version, base64 rules.py, base64 taxonomy JSON), set by _rebuild_normalizer
    if EMBEDDED is not None and EMBEDDED[0] == taxonomy_version:
        import base64
        source = base64.b64decode(EMBEDDED[1]).decode("utf-8")
        data = json.loads(base64.b64decode(EMBEDDED[2]).decode("utf-8"))
        stages, aliases, words = data["stages"], data["aliases"], data["words"]
    else:  # before the first rebuild: read the tables (not possible in a parallel worker)
        module = plpy.execute("SELECT source FROM stagenorm.python_module WHERE name = 'rules'")
        if not module:
            plpy.error("stagenorm rules module is not installed",
                       hint="run: stagenorm migrate", sqlstate="SN000")
        source = module[0]["source"]
        stages = plpy.execute("SELECT key, display_name, position FROM stagenorm.stage ORDER BY position")
        aliases = plpy.execute(
            "SELECT alias, stage_key AS stage, decorable FROM stagenorm.stage_alias ORDER BY alias")
        words = plpy.execute("SELECT word, kind, means FROM stagenorm.taxonomy_word ORDER BY word")
    ns = {"__name__": "stagenorm_rules"}
    exec(compile(source, "stagenorm/rules.py", "exec"), ns)
    taxonomy = ns["Taxonomy"].from_rows(stages, aliases, words, taxonomy_version)
    state = SD["stagenorm"] = {"version": taxonomy_version, "rules": ns, "taxonomy": taxonomy,
                               "memo": {}}

rules, taxonomy = state["rules"], state["taxonomy"]
if op == "normalize":
    # The fast path missed: remember short labels, since real data repeats them.
    memo = state["memo"]
    if arg in memo:
        return memo[arg]
    answer = rules["normalize_stage"](arg, taxonomy)
    if arg is not None and len(arg) <= 256:
        if len(memo) >= 50000:
            memo.clear()
        memo[arg] = answer
    return answer
if op == "suggest":
    return json.dumps(rules["suggest_stages"](arg, taxonomy))
if op == "distribution":
    return rules["parse_stage_distribution_json"](arg, taxonomy, scale, tolerance)
if op == "fastmap":
    return json.dumps(rules["fast_path_labels"](taxonomy), sort_keys=True)
if op == "fold":  # the form aliases are stored in (add_alias, remove_alias)
    return None if arg is None else rules["fold_text"](arg)
if op == "validate":  # does the taxonomy in the tables, as this transaction sees it, load?
    try:
        checked = rules["Taxonomy"].from_rows(
            plpy.execute("SELECT key, display_name, position FROM stagenorm.stage ORDER BY position"),
            plpy.execute("SELECT alias, stage_key AS stage, decorable FROM stagenorm.stage_alias "
                         "ORDER BY alias"),
            plpy.execute("SELECT word, kind, means FROM stagenorm.taxonomy_word ORDER BY word"),
            taxonomy_version)
    except ValueError as exc:
        plpy.error("the taxonomy would not load: %s" % (exc,), sqlstate="SN009",
                   hint="undo the change (remove_alias or add_alias) so every alias means one stage")
    return repr(checked)
plpy.error("unknown _rules_py operation %r" % (op,), sqlstate="SN003")
$py$
$ddl$, 'stagenorm._rules_py(text, text, integer, text, double precision)',
  'Private: runs stagenorm/rules.py (ops normalize, suggest, distribution, fastmap, fold, validate) for a taxonomy version.');
