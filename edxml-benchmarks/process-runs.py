#!/usr/bin/env python3
"""Issue 19: times whole processes, the edxml launcher against xmlsec1 on the same packages (called by
run-comparison.sh). Each command runs N times, all commands interleaved run by run so that changing load favours none;
the medians of wall time and CPU time (user + system of the process and its children) and the peak RSS are kept.
Usage: process-runs.py WORK LAUNCHER OUT.json N"""
import json, os, resource, shutil, statistics, subprocess, sys, tempfile, time

work, launcher, out, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
keys = os.path.join(work, "keys")
tmp = tempfile.mkdtemp(prefix="edxml-proc-")
env = dict(os.environ, EDXML_KEY_PASSWORD="bench")
env128 = dict(env, EDXML_JAVA_OPTS="-Xmx128m")
jar = os.path.join(os.path.dirname(os.path.dirname(launcher)), "lib", "edxml.jar")


def xmlsec_sign(name):
    return ["xmlsec1", "--sign", "--privkey-pem", os.path.join(keys, "key.pem") + "," + os.path.join(keys, "cert.pem"),
            "--output", os.path.join(tmp, name + "-x.edxml"), os.path.join(work, name + "-template.edxml")]


def xmlsec_verify(name):
    return ["xmlsec1", "--verify", "--trusted-pem", os.path.join(keys, "ca.pem"), os.path.join(work, name + "-signed.edxml")]


def edxml_verify(name):
    return [launcher, "verify", os.path.join(work, name + "-signed.edxml"), "--trust", os.path.join(keys, "ca.pem")]


def edxml_sign(name):
    return [launcher, "sign", os.path.join(work, name + ".edxml"), "--key", os.path.join(keys, "signer.p12"),
            "--out", os.path.join(tmp, name + "-e.edxml")]


short = {
    "edxml --version": ([launcher, "--version"], env),
    "java -jar edxml.jar --version": (["java", "-jar", jar, "--version"], env),
    "xmlsec1 --version": (["xmlsec1", "--version"], env),
    "edxml verify small": (edxml_verify("small"), env),
    "java -jar edxml.jar verify small": (["java", "-jar", jar] + edxml_verify("small")[1:], env),
    "xmlsec1 verify small": (xmlsec_verify("small"), env),
    "edxml sign small": (edxml_sign("small"), env),
    "xmlsec1 sign small": (xmlsec_sign("small"), env),
}
large = {
    "edxml sign large -Xmx128m": (edxml_sign("large"), env128),
    "xmlsec1 sign large": (xmlsec_sign("large"), env),
    "edxml verify large -Xmx128m": (edxml_verify("large"), env128),
    "xmlsec1 verify large": (xmlsec_verify("large"), env),
}


def run(cmd, e):
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=e)
    dt = time.perf_counter() - t
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    if p.returncode != 0:
        raise SystemExit("failed: " + " ".join(cmd) + "\n" + p.stdout.decode(errors="replace")[-2000:])
    return dt, (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime), r1.ru_maxrss


res = {}
try:
    for group, runs in [(short, n), (large, max(1, (n + 2) // 3))]:
        samples = {k: [] for k in group}
        for _ in range(runs):
            for k, (cmd, e) in group.items():
                samples[k].append(run(cmd, e))
        for k, v in samples.items():
            res[k] = {"wall_s": statistics.median(x[0] for x in v), "cpu_s": statistics.median(x[1] for x in v),
                      "runs": len(v), "walls": [round(x[0], 3) for x in v]}
            print(f"{k:36s} wall {res[k]['wall_s']:.3f} s  cpu {res[k]['cpu_s']:.3f} s", flush=True)
    # peak RSS, one run each on its own (RUSAGE_CHILDREN's maximum is over all children so far: a fresh interpreter)
    for k in ["edxml sign large -Xmx128m", "edxml verify large -Xmx128m", "xmlsec1 verify large", "xmlsec1 sign large"]:
        cmd, e = large[k]
        code = ("import resource,subprocess,sys,os,json;subprocess.run(json.loads(sys.argv[1]),env=json.loads(sys.argv[2]),"
                "stdout=subprocess.DEVNULL,stderr=subprocess.DEVNULL);"
                "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
        rss = subprocess.run([sys.executable, "-c", code, json.dumps(cmd), json.dumps(e)], stdout=subprocess.PIPE)
        res[k]["peak_rss_kb"] = int(rss.stdout.decode().strip() or 0)
        print(f"{k:36s} peak RSS {res[k]['peak_rss_kb'] / 1024:.0f} MiB", flush=True)
finally:
    shutil.rmtree(tmp, ignore_errors=True)
res["load_after"] = os.getloadavg()
json.dump(res, open(out, "w"), indent=1)
