import sys

from meetingdesk.cli import main

sys.exit(main())
