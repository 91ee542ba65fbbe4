# Sourced by the scripts that run Python (tools/setup.sh, tools/test.sh): puts the project's
# .venv first on PATH when there is one. setup.sh makes it only where python3 is a distribution's
# interpreter that refuses pip installs (PEP 668, e.g. Debian 12's /usr/bin/python3); elsewhere
# the python3 on PATH (pyenv, conda, an activated venv) gets the packages as it is.
if [ -x .venv/bin/python3 ]; then
  PATH="$PWD/.venv/bin:$PATH"
  export PATH
fi
