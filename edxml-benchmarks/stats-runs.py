#!/usr/bin/env python3
"""Issue 19: `edxml stats` (the launcher) over the batch workload (10,000 small packages) and over a fifth of it, to
give packages per second, per CPU-second, and whether peak memory grows with the count (called by
run-comparison.sh). Usage: stats-runs.py WORK LAUNCHER OUT.json"""
import json, os, resource, shutil, subprocess, sys, tempfile, time

work, launcher, out = sys.argv[1], sys.argv[2], sys.argv[3]
batch = os.path.join(work, "batch")
files = sorted(f for f in os.listdir(batch) if f.endswith(".edxml"))
count = os.environ.get("EDXML_BENCH_STATS_COUNT", "all")
part = tempfile.mkdtemp(prefix="edxml-stats-")
whole = batch
if count != "all" and int(count) < len(files):
    files = files[: int(count)]
    whole = tempfile.mkdtemp(prefix="edxml-stats-all-")
    for f in files:
        os.symlink(os.path.join(batch, f), os.path.join(whole, f))
res = {}
try:
    for f in files[: len(files) // 5]:
        os.symlink(os.path.join(batch, f), os.path.join(part, f))
    for label, folder, n in [("fifth", part, len(files) // 5), ("all", whole, len(files))]:
        code = ("import resource,subprocess,sys,time;t=time.perf_counter();"
                "p=subprocess.run(sys.argv[1:],stdout=subprocess.DEVNULL,stderr=subprocess.DEVNULL);"
                "r=resource.getrusage(resource.RUSAGE_CHILDREN);"
                "print(p.returncode,time.perf_counter()-t,r.ru_utime+r.ru_stime,r.ru_maxrss)")
        o = subprocess.run([sys.executable, "-c", code, launcher, "stats", folder], stdout=subprocess.PIPE)
        rc, wall, cpu, rss = o.stdout.decode().split()
        res[label] = {"packages": n, "exit": int(rc), "wall_s": float(wall), "cpu_s": float(cpu),
                      "peak_rss_kb": int(rss), "per_s": n / float(wall), "per_cpu_s": n / float(cpu)}
        print(label, res[label], flush=True)
finally:
    shutil.rmtree(part, ignore_errors=True)
    if whole != batch:
        shutil.rmtree(whole, ignore_errors=True)
res["load_after"] = os.getloadavg()
json.dump(res, open(out, "w"), indent=1)
