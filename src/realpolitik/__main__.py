import sys

from realpolitik.cli.main import main

sys.exit(main())
