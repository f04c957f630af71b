"""Print the package's dependencies (setup.cfg: install_requires and the docker extra), one a line.

The image installs them in a layer of their own, which changes only when setup.cfg does, before
the package itself: so a change to the code does not download every dependency again.
"""

import configparser
import sys

config = configparser.ConfigParser()
config.read(sys.argv[1])
for section, key in (("options", "install_requires"), ("options.extras_require", "docker")):
    for line in config[section][key].splitlines():
        if line.strip() and not line.strip().startswith("#"):
            print(line.strip())
