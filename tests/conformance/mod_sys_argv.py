# sys.argv[0] is the script as it was named on the command line.
import os, sys
print(type(sys.argv).__name__, len(sys.argv), os.path.basename(sys.argv[0]), sys.argv[0].endswith('.py'))
