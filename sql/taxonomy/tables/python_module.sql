-- Source of the Python rules module that the PL/Python functions execute.
CREATE TABLE stagenorm.python_module (
  name   text PRIMARY KEY,
  source text NOT NULL,
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$')
);
COMMENT ON TABLE stagenorm.python_module IS
  'stagenorm/rules.py as installed: the same code the Python package runs, executed by _rules_py.';
