// A file workload inside the directory given as the first argument: write,
// read back, append, seek and overwrite, list, rename, remove, directories,
// binary data, and the errors on the way.
let dir = ARGS[0];
fn path(name) { return dir + "/" + name; }

// write and read back, line by line and whole
let f = open(path("notes.txt"), "w");
for i in range(1, 6) { write(f, "line ", i, ": ", i * i, "\n"); }
print("position after writing:", tell(f));
close(f);
print(repr(readfile(path("notes.txt"))));
f = open(path("notes.txt"));
let n = 0;
let line = readline(f);
while (line != nil) { n += 1; printf("%d:%s|", n, line); line = readline(f); }
print();
print("eof:", eof(f), "read at end:", repr(read(f)));
close(f);
try { read(f); } catch (e) { print("caught:", e); }

// append mode adds at the end, whatever the position
appendfile(path("notes.txt"), "appended 1\n");
f = open(path("notes.txt"), "a");
write(f, "appended 2\n");
close(f);
print(lines(path("notes.txt")));

// seek and read pieces; r+ overwrites in place
f = open(path("notes.txt"), "r+");
print("seek end:", seek(f, 0, "end"), "seek 5:", seek(f, 5), "read 3:", repr(read(f, 3)), "tell:", tell(f));
seek(f, -2, "cur");
write(f, "##");
seek(f, -11, "end");
print("tail:", repr(read(f)));
seek(f, 0);
write(f, "LINE");
close(f);
print(slice(lines(path("notes.txt")), 0, 2), stat(path("notes.txt")).size);

// w+ then read what was written; read(f, n) in chunks
f = open(path("chunks.txt"), "w+");
write(f, "abcdefghijklmnopqrstuvwxyz");
seek(f, 0);
let parts = [];
let piece = read(f, 7);
while (len(piece) > 0) { push(parts, piece); piece = read(f, 7); }
close(f);
print(parts);

// binary data: every byte value survives a round trip
let bytes = "";
for (let i = 0; i < 256; i += 1) { bytes += chr(i); }
writefile(path("bytes.bin"), bytes, bytes);
let back = readfile(path("bytes.bin"));
print("binary:", len(back), back == bytes + bytes, ord(back, 255), ord(back, 256), stat(path("bytes.bin")).size);

// a larger file in pieces, then checked
f = open(path("big.txt"), "w");
for (let i = 0; i < 5000; i += 1) { write(f, format("%06d %s\n", i, "x" * (i % 17))); }
close(f);
let big = lines(path("big.txt"));
let sum = 0;
for l in big { sum += num(substr(l, 0, 6)) + len(l); }
print("big:", len(big), stat(path("big.txt")).size, sum, big[4999]);
f = open(path("big.txt"));
seek(f, 50000);
print("at 50000:", repr(readline(f)), repr(readline(f)));
close(f);

// directories: make, fill, list (sorted: the system's order is its own), rename, remove
mkdir(path("sub"));
mkdir(path("sub/deeper"));
for name in ["b.txt", "a.txt", "c.dat"] { writefile(path("sub/" + name), "content of " + name + "\n"); }
writefile(path("sub/deeper/x"), "");
print("listing:", sort(listdir(path("sub"))), sort(listdir(path("sub/deeper"))));
print("stat:", stat(path("sub/a.txt")), stat(path("sub")).type, stat(path("nothing")), stat(path("sub/deeper/x")).size);
rename(path("sub/a.txt"), path("sub/renamed.txt"));
rename(path("sub/c.dat"), path("moved.dat"));
print("after rename:", sort(listdir(path("sub"))), readfile(path("moved.dat")));
try { rmdir(path("sub")); } catch (e) { print("caught:", e); }
remove(path("sub/deeper/x"));
rmdir(path("sub/deeper"));
remove(path("sub/b.txt"));
print("after removing:", sort(listdir(path("sub"))));
try { remove(path("sub/b.txt")); } catch (e) { print("caught:", e); }
try { mkdir(path("sub")); } catch (e) { print("caught:", e); }
try { open(path("sub/missing.txt")); } catch (e) { print("caught:", e); }
try { lines(path("nope/nope.txt")); } catch (e) { print("caught:", e); }
try { listdir(path("moved.dat")); } catch (e) { print("caught:", e); }
f = open(path("moved.dat"));
try { write(f, "read-only"); } catch (e) { print("caught:", e); }
close(f);
try { close(f); } catch (e) { print("caught:", e); }
print("files now:", sort(listdir(dir)));
