// exit(n) ends the script with status n; files written before it are kept.
let dir = ARGS[0];
writefile(dir + "/before-exit.txt", "written\n");
let f = open(dir + "/unclosed.txt", "w");
write(f, "buffered but never closed: flushed at exit\n");
print("exiting with 3");
try { exit(3); } catch (e) { print("exit is not an error: not reached"); }
print("not reached");
