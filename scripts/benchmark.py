#!/usr/bin/env python3
"""phone-login beside dialog, and the emulator under load: one run, one table.

Run through scripts/benchmark.sh, which builds the release binaries, makes the Python environment and installs
dialog, nginx and the fonts from apt when they are missing. Every program is driven in a pseudo-terminal of
80x24 (TERM=xterm-256color, C.UTF-8); the screen is followed with pyte, so "a frame is complete" and "the screen
changed" mean what a person would see, not merely that bytes arrived.

Figures (medians over alternating runs of the two programs unless said otherwise):
  first frame     process start (fork) -> the phone form (dialog: the input box) complete on screen
  echo p50/p99    a key written to the terminal -> the screen shows it
  idle CPU        CPU time of the process (all threads, its CPU-time clock, ns) per second on the code screen
                  (dialog: a --pause countdown), over a window where nobody types
  idle bytes      bytes written to the terminal per second over the same window
  peak RSS        VmHWM of the process at the end of the idle window
  Enter->success  Enter on the code -> the success frame, against the emulator (one sample per run)
  load            full logins from wrk (another process, scripts/load-login.lua) against the emulator and against
                  nginx serving static JSON; then the emulator's memory over a million requests
"""

import argparse
import fcntl
import json
import os
import select
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
import urllib.request

import pyte

COLS, ROWS = 80, 24
PROJECT = "00000000-0000-4000-8000-000000000000"


class PtyProgram:
    """A program on its own pseudo-terminal, its screen followed by pyte."""

    def __init__(self, argv, env=None):
        self.master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
        environment = dict(os.environ)
        environment.pop("NO_COLOR", None)
        environment.update({"TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"})
        environment.update(env or {})

        def controlling_terminal():
            os.setsid()
            fcntl.ioctl(0, termios.TIOCSCTTY, 0)

        self.started = time.perf_counter()
        self.process = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=environment,
                                        preexec_fn=controlling_terminal, close_fds=True)
        os.close(slave)
        self.screen = pyte.Screen(COLS, ROWS)
        self.stream = pyte.ByteStream(self.screen)
        self.bytes_read = 0

    @property
    def pid(self):
        return self.process.pid

    def text(self):
        return "\n".join(self.screen.display)

    def pump(self, timeout):
        """Reads what is there within `timeout` seconds; returns the time the last chunk arrived, or None."""
        ready, _, _ = select.select([self.master], [], [], timeout)
        if not ready:
            return None
        try:
            data = os.read(self.master, 65536)
        except OSError:
            data = b""
        arrived = time.perf_counter()
        if not data:
            raise EOFError("the program closed its terminal")
        self.bytes_read += len(data)
        self.stream.feed(data)
        return arrived

    def wait_until(self, predicate, timeout=20.0):
        """Reads until predicate(screen text) holds; returns the arrival time of the chunk that made it hold."""
        deadline = time.perf_counter() + timeout
        if predicate(self.text()):
            return time.perf_counter()
        while time.perf_counter() < deadline:
            arrived = self.pump(max(0.0, deadline - time.perf_counter()))
            if arrived is not None and predicate(self.text()):
                return arrived
        raise TimeoutError("screen never matched; it shows:\n" + self.text())

    def drain(self, quiet=0.05):
        """Reads until the terminal has been quiet for `quiet` seconds."""
        while self.pump(quiet) is not None:
            pass

    def write(self, data):
        sent = time.perf_counter()
        os.write(self.master, data)
        return sent

    def key_latency(self, key):
        """Writes a key and returns the seconds until the screen changed. The program's output for the previous key is
        read to its end first (a quiet 20 ms), so every key is timed from a program that is waiting for it."""
        self.drain(0.02)
        before = self.screen.display[:]
        cursor = (self.screen.cursor.x, self.screen.cursor.y)
        sent = self.write(key)
        arrived = self.wait_until(lambda _: self.screen.display != before or (self.screen.cursor.x, self.screen.cursor.y) != cursor, 5.0)
        return arrived - sent

    def cpu_seconds(self):
        """CPU time of the whole process so far (every thread, those already gone included), in nanoseconds'
        resolution: the process's CPU-time clock, as clock_getcpuclockid(3) makes it on Linux."""
        return time.clock_gettime(((~self.pid) << 3) | 2)

    def peak_rss_mib(self):
        with open(f"/proc/{self.pid}/status") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
        return float("nan")

    def private_mib(self):
        """Memory this process alone holds (private clean + dirty pages: what a second copy would add)."""
        total = 0
        with open(f"/proc/{self.pid}/smaps_rollup") as handle:
            for line in handle:
                if line.startswith(("Private_Clean:", "Private_Dirty:")):
                    total += int(line.split()[1])
        return total / 1024

    def idle_window(self, seconds):
        """CPU per second (ms) and bytes per second while nobody types, over `seconds`."""
        self.drain(0.3)
        cpu_before, bytes_before = self.cpu_seconds(), self.bytes_read
        began = time.perf_counter()
        while time.perf_counter() - began < seconds:
            self.pump(0.2)
        elapsed = time.perf_counter() - began
        cpu = self.cpu_seconds() - cpu_before
        return cpu * 1000 / elapsed, (self.bytes_read - bytes_before) / elapsed

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                deadline = time.perf_counter() + 3
                while self.process.poll() is None and time.perf_counter() < deadline:
                    try:
                        self.pump(0.05)
                    except EOFError:
                        break
            finally:
                if self.process.poll() is None:
                    self.process.kill()
                self.process.wait()
        os.close(self.master)


class Emulator:
    """`phone-login emulator` on a free port, in its own process."""

    def __init__(self, binary, extra=()):
        self.process = subprocess.Popen([binary, "emulator", "--port", "0", "--quiet", *extra],
                                        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        self.root = None
        deadline = time.time() + 30
        while time.time() < deadline and self.root is None:
            line = self.process.stdout.readline()
            if not line:
                break
            for word in line.split():
                if word.startswith("http://127.0.0.1:"):
                    self.root = word.rstrip(".,/").removesuffix("/api")
        if self.root is None:
            raise RuntimeError("the emulator did not say where it listens")

    @property
    def api(self):
        return self.root + "/api"

    def newest_code(self, phone):
        url = f"{self.root}/emulator/sms?phone_number={phone.replace('+', '%2B')}"
        deadline = time.time() + 10
        while time.time() < deadline:
            with urllib.request.urlopen(url) as answer:
                messages = json.load(answer)
            if messages:
                return messages[-1]["code"]
            time.sleep(0.02)
        raise RuntimeError(f"no SMS for {phone}")

    def stop(self):
        self.process.terminate()
        self.process.wait(10)


def percentile(values, p):
    ordered = sorted(values)
    rank = max(1, min(len(ordered), int(-(-p * len(ordered) // 100))))
    return ordered[rank - 1]


def phone_login_argv(binary, emulator):
    return [binary, "--base-url", emulator.api, "--project-id", PROJECT]


def is_phone_form(text):
    return "Phone number" in text and "Esc quit" in text and "└" in text


def is_input_box(text):
    return "Phone number" in text and "<Cancel>" in text


def first_frames(binary, emulator, runs, floor=None):
    """Process start -> the phone form on screen, alternating phone-login, dialog and (if given) the floor program;
    the floor's peak RSS once its frame is up."""
    ours, theirs, floors, floor_rss = [], [], [], []
    for _ in range(runs):
        program = PtyProgram(phone_login_argv(binary, emulator))
        ours.append(program.wait_until(is_phone_form) - program.started)
        program.stop()
        program = PtyProgram(["dialog", "--inputbox", "Phone number", "10", "60"])
        theirs.append(program.wait_until(is_input_box) - program.started)
        program.stop()
        if floor:
            program = PtyProgram([floor])
            floors.append(program.wait_until(is_phone_form) - program.started)
            program.drain(0.3)
            floor_rss.append(program.peak_rss_mib())
            program.stop()
    return ours, theirs, floors, floor_rss


def echo_latencies(binary, emulator, keys):
    """Alternates typing digits and deleting them, so the field never fills up."""
    results = {}
    for name, argv, ready in (("ours", phone_login_argv(binary, emulator), is_phone_form),
                              ("dialog", ["dialog", "--inputbox", "Phone number", "10", "60"], is_input_box)):
        program = PtyProgram(argv)
        program.wait_until(ready)
        program.drain(0.2)
        samples = []
        program.key_latency(b"+")
        while len(samples) < keys:
            for digit in b"4915112345":
                samples.append(program.key_latency(bytes([digit])))
            for _ in range(10):
                samples.append(program.key_latency(b"\x7f"))
        program.stop()
        results[name] = samples
    return results["ours"], results["dialog"]


def code_screen(binary, emulator, phone):
    program = PtyProgram(phone_login_argv(binary, emulator))
    program.wait_until(is_phone_form)
    program.write(phone.encode())
    program.wait_until(lambda text: phone[-4:] in text)
    program.write(b"\r")
    program.wait_until(lambda text: "expires in" in text)
    return program


def idle_figures(binary, emulator, seconds, runs):
    ours, theirs = [], []
    for run in range(runs):
        program = code_screen(binary, emulator, f"+4915112{run:06d}")
        cpu, rate = program.idle_window(seconds)
        ours.append((cpu, rate, program.peak_rss_mib(), program.private_mib()))
        program.stop()
        program = PtyProgram(["dialog", "--pause", "Code expires in", "10", "60", "180"])
        program.wait_until(lambda text: "Code expires in" in text)
        cpu, rate = program.idle_window(seconds)
        theirs.append((cpu, rate, program.peak_rss_mib(), program.private_mib()))
        program.stop()
    return ours, theirs


def success_latencies(binary, emulator, runs):
    samples = []
    for run in range(runs):
        phone = f"+4916012{run:06d}"
        program = code_screen(binary, emulator, phone)
        code = emulator.newest_code(phone)
        program.write(code.encode())
        program.wait_until(lambda text: f"[{code}" in text)
        program.drain(0.05)
        sent = program.write(b"\r")
        arrived = program.wait_until(lambda text: "Signed in" in text)
        samples.append(arrived - sent)
        program.stop()
    return samples


def nginx_baseline(directory):
    """nginx on a free loopback port answering the three calls with static JSON, shaped as the emulator's answers
    (the outbox names the operation the start answered), so the load script does the same work against both."""
    port = free_port()
    operation = "0f8fad5b-d9cb-469f-a165-70867728950e"
    config = os.path.join(directory, "nginx.conf")
    with open(config, "w") as handle:
        handle.write(f"""
worker_processes 1;
master_process off;
pid {directory}/nginx.pid;
error_log {directory}/error.log;
events {{ worker_connections 1024; }}
http {{
  access_log off;
  client_body_temp_path {directory}/body;
  proxy_temp_path {directory}/proxy;
  fastcgi_temp_path {directory}/fastcgi;
  uwsgi_temp_path {directory}/uwsgi;
  scgi_temp_path {directory}/scgi;
  keepalive_requests 1000000;
  server {{
    listen 127.0.0.1:{port};
    default_type application/json;
    location /api/login/phone/request {{ return 200 '{{"operation_id":"{operation}"}}'; }}
    location /emulator/sms {{ return 200 '[{{"code":"4821","operation_id":"{operation}","phone_number":"+4917000000000"}}]'; }}
    location /api/login/phone/confirm {{ return 200 '{{"login_url":"https://example.com/cb?token=x&remember_me=false"}}'; }}
  }}
}}
""")
    process = subprocess.Popen(["nginx", "-c", config, "-g", "daemon off;", "-e", f"{directory}/error.log"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 10
    while time.time() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/emulator/sms").read()
            return process, f"http://127.0.0.1:{port}"
        except OSError:
            time.sleep(0.05)
    process.kill()
    raise RuntimeError("nginx did not start")


def free_port():
    import socket
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


LOAD_SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "load-login.lua")


def process_cpu_seconds(pid):
    """User + system CPU seconds of a process so far (every thread), from /proc."""
    with open(f"/proc/{pid}/stat") as handle:
        fields = handle.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def wrk(root, clients, seconds, run, abandon=0, server_pid=None):
    """One wrk run of full logins (scripts/load-login.lua, one connection per client): its JSON line, plus the CPU
    the server and wrk used, in cores (CPU seconds per second)."""
    server_before = process_cpu_seconds(server_pid) if server_pid else 0
    began = time.perf_counter()
    process = subprocess.Popen(["wrk", f"-t{clients}", f"-c{clients}", f"-d{max(1, round(seconds))}s", "--timeout", "10s", "-s", LOAD_SCRIPT,
                                root, "--", f"run={run}", f"abandon={abandon}"], stdout=subprocess.PIPE, text=True)
    output, _ = process.communicate()
    elapsed = time.perf_counter() - began
    lines = [line for line in output.splitlines() if line.startswith("{")]
    if process.returncode != 0 or not lines:
        raise RuntimeError(f"wrk failed ({process.returncode}):\n{output}")
    result = json.loads(lines[-1])
    result["server_cores"] = (process_cpu_seconds(server_pid) - server_before) / elapsed if server_pid else 0
    return result


def children_cpu_seconds():
    import resource
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measured_load(root, clients, seconds, run, server_pid):
    """A one-second warm-up, then the measured run; wrk's own CPU from the children's resource usage."""
    wrk(root, clients, 1, run + 50, server_pid=server_pid)
    before, began = children_cpu_seconds(), time.perf_counter()
    result = wrk(root, clients, seconds, run, server_pid=server_pid)
    result["wrk_cores"] = (children_cpu_seconds() - before) / (time.perf_counter() - began)
    return result


def emulator_memory(emulator):
    """VmRSS of the emulator process in MiB and its /emulator/stats."""
    with open(f"/proc/{emulator.process.pid}/status") as handle:
        rss = next(int(line.split()[1]) / 1024 for line in handle if line.startswith("VmRSS:"))
    with urllib.request.urlopen(emulator.root + "/emulator/stats") as answer:
        return rss, json.load(answer)


def million_operations(binary, operations, rate):
    """At least `operations` emulator requests (starts, outbox reads, confirms; every 10th operation left to
    expire) from 64 clients, in two halves; VmRSS and /emulator/stats at the start, the middle and the end. Codes and
    the rate-limit window last 10 s, so what the emulator must remember turns over several times within the run."""
    emulator = Emulator(binary, ["--code-lifetime", "10", "--limit-window", "10"])
    samples, done, run = [], 0, 20
    try:
        samples.append((0, *emulator_memory(emulator)))
        if not rate:
            # No load run before (--only-memory): 3 s of the same load tell the rate, so the middle sample falls near half.
            result = wrk(emulator.root, 64, 3, 19, abandon=10)
            done, rate = result["requests"], result["requests"] / result["seconds"]
        while done < operations:
            half = operations / 2 - done if len(samples) == 1 else operations - done
            seconds = max(2, int(half / (rate or 5_000) * 1.1 + 1))
            result = wrk(emulator.root, 64, seconds, run, abandon=10)
            run += 1
            done += result["requests"]
            rate = result["requests"] / result["seconds"]
            if result["errors"]:
                raise RuntimeError(f"errors in the memory run: {result}")
            samples.append((done, *emulator_memory(emulator)))
    finally:
        emulator.stop()
    return samples[0], samples[len(samples) // 2], samples[-1]


def load_section(arguments):
    """The emulator under load beside static nginx at each concurrency, then the million operations: table lines."""
    levels = [int(level) for level in arguments.load_clients.split(",")]
    rows = []
    emulator = Emulator(arguments.binary)
    with tempfile.TemporaryDirectory() as directory:
        nginx, static_root = nginx_baseline(directory)
        try:
            for index, clients in enumerate(levels):
                print(f"load: {clients} clients …", file=sys.stderr)
                ours = measured_load(emulator.root, clients, arguments.load_seconds, index, emulator.process.pid)
                theirs = measured_load(static_root, clients, arguments.load_seconds, index, nginx.pid)
                rows.append((clients, ours, theirs))
        finally:
            nginx.terminate()
            nginx.wait(10)
            emulator.stop()
    wrk_version = subprocess.run(["wrk", "-v"], capture_output=True, text=True).stdout.split("\n")[0].split(" [")[0]
    lines = ["",
             f"Full logins (start → the code from the outbox → confirm; a login counts only when the confirm answered 200 "
             f"with a token) from {wrk_version} with scripts/load-login.lua, one keep-alive connection per client, "
             f"{arguments.load_seconds:g} s per run after a 1 s warm-up; p50/p99 over the start and confirm requests; CPU per login: the server's CPU time "
             f"(all threads) over the run divided by the logins; wrk's CPU in cores (CPU seconds per second), emulator run / nginx run.",
             "",
             "| clients | logins/s (emulator) | p50 | p99 | errors | emulator CPU per login | static nginx: logins/s | p50 | p99 | nginx CPU per login | emulator / nginx | wrk CPU, cores | aim met (64) |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    last_rate = 0

    def per_login(result):
        return f"{result['server_cores'] / result['logins_per_second'] * 1e6:.0f} µs" if result["logins_per_second"] else "n/a"

    for clients, mine, ceiling in rows:
        met = mine["logins_per_second"] >= 10_000 and mine["p99_ms"] <= 20 and mine["errors"] == 0
        share = mine["logins_per_second"] / ceiling["logins_per_second"] if ceiling["logins_per_second"] else 0
        lines.append(f"| {clients} | {mine['logins_per_second']:,.0f} | {mine['p50_ms']:.2f} ms | {mine['p99_ms']:.2f} ms | {mine['errors']} | "
                     f"{per_login(mine)} | {ceiling['logins_per_second']:,.0f} | {ceiling['p50_ms']:.2f} ms | {ceiling['p99_ms']:.2f} ms | "
                     f"{per_login(ceiling)} | {share:.2f} | {mine['wrk_cores']:.2f} / {ceiling['wrk_cores']:.2f} | "
                     f"{'' if clients != 64 else ('yes' if met else '**no**')} |")
        for name, result in (("emulator", mine), ("nginx", ceiling)):
            if result.get("first_error"):
                lines.append(f"|  | first error ({name}): {result['first_error'][:120]} |")
        last_rate = mine["requests"] / mine["seconds"]
    if arguments.memory_operations > 0:
        lines += memory_section(arguments, last_rate)
    return lines


def memory_section(arguments, rate):
    """The emulator's memory over `--memory-operations` requests: table lines."""
    print(f"memory over {arguments.memory_operations:,} operations …", file=sys.stderr)
    samples = million_operations(arguments.binary, arguments.memory_operations, rate)
    lines = ["",
             f"Memory of the emulator over {samples[-1][0]:,} operations (HTTP requests: starts, outbox reads, confirms) "
             f"from 64 clients, every 10th operation left to expire; codes and the rate-limit window last 10 s; every "
             f"login a new number, so the users held reach --user-capacity (10,000) and stay there:",
             "",
             "| sample | operations so far | VmRSS | operations held | outbox | rate-limit keys | users held | users evicted |",
             "|---|---|---|---|---|---|---|---|"]
    for name, (done, rss, stats) in zip(("start", "middle", "end"), samples):
        lines.append(f"| {name} | {done:,} | {rss:.1f} MiB | {stats['operations']:,} | {stats['outbox']:,} | {stats['rate_limit_keys']:,} | "
                     f"{stats.get('users', 0):,} | {stats.get('users_evicted', 0):,} |")
    return lines


def ratio(ours, theirs):
    return f"{ours / theirs:.2f}x" if theirs else "n/a"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", required=True, help="the release phone-login")
    parser.add_argument("--floor-binary", help="the release phone-login-floor (a Swift program that only draws the form's words)")
    parser.add_argument("--output", required=True, help="where the Markdown table goes")
    parser.add_argument("--runs", type=int, default=7, help="alternating runs for first frame and idle figures")
    parser.add_argument("--keys", type=int, default=400, help="keystrokes timed per program")
    parser.add_argument("--idle-seconds", type=float, default=10)
    parser.add_argument("--success-runs", type=int, default=30)
    parser.add_argument("--load-seconds", type=float, default=5)
    parser.add_argument("--load-clients", default="1,16,64", help="concurrent clients of the load runs, comma-separated")
    parser.add_argument("--memory-operations", type=int, default=1_000_000,
                        help="emulator requests of the memory run (0 skips it)")
    parser.add_argument("--skip-load", action="store_true")
    parser.add_argument("--only-load", action="store_true", help="only the emulator under load (skips the terminal figures)")
    parser.add_argument("--only-memory", action="store_true",
                        help="only the emulator's memory over --memory-operations requests (no terminal figures, no load levels)")
    arguments = parser.parse_args()
    if arguments.only_memory:
        table = "\n".join([f"Measured {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} on {os.cpu_count()} cores (memory only)."]
                          + memory_section(arguments, 0)) + "\n"
        with open(arguments.output, "w") as handle:
            handle.write(table)
        print(table)
        return
    if arguments.only_load:
        table = "\n".join([f"Measured {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} on {os.cpu_count()} cores (load only)."]
                          + load_section(arguments)) + "\n"
        with open(arguments.output, "w") as handle:
            handle.write(table)
        print(table)
        return

    emulator = Emulator(arguments.binary, ["--phone-limit", "1000000"])
    rows = []
    try:
        print("first frame …", file=sys.stderr)
        ours, theirs, floors, floor_rss = first_frames(arguments.binary, emulator, arguments.runs, arguments.floor_binary)
        a, b = statistics.median(ours) * 1000, statistics.median(theirs) * 1000
        dialog_first_ms = b
        rows.append(("time to the first complete frame (median)", f"{a:.1f} ms", f"{b:.1f} ms", ratio(a, b), "≤ 1.5× dialog", a <= 1.5 * b))

        print("keystroke echo …", file=sys.stderr)
        ours, theirs = echo_latencies(arguments.binary, emulator, arguments.keys)
        a50, b50 = percentile(ours, 50) * 1000, percentile(theirs, 50) * 1000
        a99, b99 = percentile(ours, 99) * 1000, percentile(theirs, 99) * 1000
        rows.append(("keystroke echo p50", f"{a50:.2f} ms", f"{b50:.2f} ms", ratio(a50, b50), "≤ dialog", a50 <= b50))
        rows.append(("keystroke echo p99", f"{a99:.2f} ms", f"{b99:.2f} ms", ratio(a99, b99), "≤ 2 ms", a99 <= 2.0))

        print("idle countdown …", file=sys.stderr)
        ours, theirs = idle_figures(arguments.binary, emulator, arguments.idle_seconds, max(3, arguments.runs // 2))
        cpu_a, cpu_b = statistics.median(x[0] for x in ours), statistics.median(x[0] for x in theirs)
        bytes_a, bytes_b = statistics.median(x[1] for x in ours), statistics.median(x[1] for x in theirs)
        rss_a, rss_b = max(x[2] for x in ours), max(x[2] for x in theirs)
        rows.append(("CPU per second, countdown running, nobody typing", f"{cpu_a:.3f} ms/s", f"{cpu_b:.3f} ms/s", ratio(cpu_a, cpu_b), "≤ 0.3 ms/s", cpu_a <= 0.3))
        rows.append(("bytes to the terminal per second, same window", f"{bytes_a:.1f} B/s", f"{bytes_b:.1f} B/s", ratio(bytes_a, bytes_b), "≤ 24 B/s", bytes_a <= 24))
        rows.append(("peak resident memory (code screen)", f"{rss_a:.1f} MiB", f"{rss_b:.1f} MiB", ratio(rss_a, rss_b), "≤ 12 MiB", rss_a <= 12))
        own_a, own_b = max(x[3] for x in ours), max(x[3] for x in theirs)
        rows.append(("of which private to the process (not shared file pages)", f"{own_a:.1f} MiB", f"{own_b:.1f} MiB", ratio(own_a, own_b), "", None))

        print("Enter → success …", file=sys.stderr)
        samples = success_latencies(arguments.binary, emulator, arguments.success_runs)
        s50, s99 = percentile(samples, 50) * 1000, percentile(samples, 99) * 1000
        rows.append(("Enter on the code → success frame p50", f"{s50:.2f} ms", "—", "", "≤ 5 ms", s50 <= 5))
        rows.append(("Enter on the code → success frame p99", f"{s99:.2f} ms", "—", "", "", None))
    finally:
        emulator.stop()

    load_lines = [] if arguments.skip_load else load_section(arguments)

    lines = [f"Measured {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} on {os.cpu_count()} cores, "
             f"{subprocess.run(['uname', '-r'], capture_output=True, text=True).stdout.strip()}; "
             f"dialog {subprocess.run(['dialog', '--version'], capture_output=True, text=True).stdout.strip()}.",
             "",
             "| figure | phone-login | dialog | ratio | aim | met |",
             "|---|---|---|---|---|---|"]
    for figure, a, b, r, aim, met in rows:
        lines.append(f"| {figure} | {a} | {b} | {r} | {aim} | {'' if met is None else ('yes' if met else '**no**')} |")
    if floors:
        f, d = statistics.median(floors) * 1000, dialog_first_ms
        lines += ["", f"Floor: `phone-login-floor`, a Swift program built and linked like phone-login that only opens curses and "
                      f"draws the form's words, takes {f:.1f} ms to its first frame ({f / d:.2f}x dialog) and {max(floor_rss):.1f} MiB "
                      f"at its peak: what the Swift runtime, Foundation and curses cost before any work of ours."]
    lines += load_lines
    table = "\n".join(lines) + "\n"
    with open(arguments.output, "w") as handle:
        handle.write(table)
    print(table)


if __name__ == "__main__":
    main()
