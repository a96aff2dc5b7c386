#!/usr/bin/env bash
# How `almanac serve` copes with oversized requests on the default report (content/). A benchmark, not a test:
# it prints figures and always exits 0 once the measurements are taken.
#
#   Benchmarks/serve-oversized-requests.sh            measure a release build
#   CONFIGURATION=debug Benchmarks/serve-oversized-requests.sh   measure a debug build (what `swift run` uses)
#   SWIFT_BUILD_FLAGS="--scratch-path .build-bench"   extra flags for swift build
#
# It copies content/ and templates/ to a temporary folder, starts `almanac serve --port 0` there and, on
# 127.0.0.1 only, times: a normal GET of /; a request whose URL is 100 KB; a request with one 300 KB header;
# then three clients each sending a 300 KB header at once while a normal GET of / is timed. Each time runs
# from the first byte sent to the end of the answer (the server closing the connection); every wait gives up
# after 120 s and is printed as such.
set -euo pipefail

source "$(dirname "$0")/start-serve.sh" serve-oversized

python3 - "$work" "$configuration" "$port" <<'PYTHON'
import os, re, socket, sys, threading, time

work, configuration = sys.argv[1], sys.argv[2]
log = os.path.join(work, "serve.log")
give_up = 120.0

port = int(sys.argv[-1])

def request(target="/", extra=""):
    return f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n{extra}Connection: close\r\n\r\n".encode()

def exchange(payload):
    """Sends payload (on a thread, so a server that stops reading cannot block us) and reads until the
    server closes. Returns (seconds, status line or what went wrong)."""
    connection = socket.create_connection(("127.0.0.1", port))
    connection.settimeout(give_up)
    started = time.perf_counter()
    def send():
        try:
            connection.sendall(payload)
        except OSError:
            pass  # the server may answer and close before reading everything: that is allowed
    sender = threading.Thread(target=send, daemon=True)
    sender.start()
    received = b""
    outcome = None
    try:
        while True:
            chunk = connection.recv(65536)
            if not chunk:
                break
            received += chunk
    except socket.timeout:
        outcome = f"no answer within {give_up:.0f} s"
    except ConnectionResetError:
        outcome = "connection reset" if not received else None
    elapsed = time.perf_counter() - started
    connection.close()
    if outcome is None:
        outcome = received.split(b"\r\n", 1)[0].decode("latin-1") if received else "closed without an answer"
    return elapsed, outcome

def show(name, result):
    elapsed, outcome = result
    print(f"  {name:44} {elapsed * 1000:9.1f} ms  {outcome}")

print(f"almanac serve ({configuration}): oversized requests, 127.0.0.1 only")
show("normal GET /", exchange(request()))
show("GET with a 100 KB URL", exchange(request("/" + "a" * 100_000)))
show("GET with one 300 KB header", exchange(request(extra="X-Filler: " + "b" * 300_000 + "\r\n")))

results = {}
def attack(index):
    results[index] = exchange(request(extra="X-Filler: " + "c" * 300_000 + "\r\n"))
attackers = [threading.Thread(target=attack, args=(index,)) for index in range(3)]
for thread in attackers:
    thread.start()
time.sleep(0.2)
show("normal GET / while three 300 KB headers arrive", exchange(request()))
for thread in attackers:
    thread.join()
for index in range(3):
    show(f"  300 KB header, client {index + 1}", results[index])
PYTHON
