#!/usr/bin/env python3
"""Opens N connections to the article stream at once and holds them (issue 7's hostile-input bar:
10,000 concurrent SSE clients refused gracefully). Reports how many were accepted (200, held open),
refused with 503 / 429 (and whether Retry-After came with it), closed without an answer, or failed;
the server's resident memory before, at the peak and after; and whether the server still answers
/api/stats while the accepted streams are held.

    bench/sse-flood.py --port 5099 --pid SERVER_PID [--clients 10000] [--connect-concurrency 500]
"""
import argparse
import asyncio
import resource
import time


def rss_kb(pid, field="VmRSS"):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return -1


def fds(pid):
    try:
        import os
        return len(os.listdir(f"/proc/{pid}/fd"))
    except OSError:
        return -1


async def one(host, port, gate, held, counts):
    async with gate:
        try:
            reader, writer = await asyncio.wait_for(asyncio.open_connection(host, port), 30)
        except (OSError, asyncio.TimeoutError) as e:
            counts["connect-failed"] = counts.get("connect-failed", 0) + 1
            counts.setdefault("connect-errors", set()).add(type(e).__name__ + ": " + str(e)[:60])
            return
        try:
            writer.write(f"GET /api/stream/articles HTTP/1.1\r\nHost: {host}:{port}\r\nAccept: text/event-stream\r\n\r\n".encode())
            await writer.drain()
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 60)
        except (OSError, asyncio.TimeoutError, asyncio.IncompleteReadError) as e:
            counts["closed-unanswered"] = counts.get("closed-unanswered", 0) + 1
            writer.close()
            return
    status = head.split(b" ", 2)[1].decode()
    retry_after = b"\r\nretry-after:" in head.lower()
    key = status + (" +Retry-After" if retry_after else "")
    counts[key] = counts.get(key, 0) + 1
    if status == "200":
        held.append(writer)  # hold the stream open
    else:
        writer.close()


async def probe(host, port):
    start = time.monotonic()
    reader, writer = await asyncio.wait_for(asyncio.open_connection(host, port), 30)
    writer.write(f"GET /api/stats HTTP/1.1\r\nHost: {host}:{port}\r\nConnection: close\r\n\r\n".encode())
    await writer.drain()
    data = await asyncio.wait_for(reader.read(), 30)
    writer.close()
    return data.split(b" ", 2)[1].decode(), (time.monotonic() - start) * 1000


async def main():
    p = argparse.ArgumentParser()
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--pid", type=int, required=True)
    p.add_argument("--clients", type=int, default=10000)
    p.add_argument("--connect-concurrency", type=int, default=500)
    a = p.parse_args()
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    print(f"client descriptor limit {hard}; server descriptors {fds(a.pid)}, RSS {rss_kb(a.pid) / 1024:.1f} MiB before")
    gate = asyncio.Semaphore(a.connect_concurrency)
    held, counts = [], {}
    peak = rss_kb(a.pid)
    start = time.monotonic()
    tasks = [asyncio.create_task(one(a.host, a.port, gate, held, counts)) for _ in range(a.clients)]
    while not all(t.done() for t in tasks):
        await asyncio.sleep(0.2)
        peak = max(peak, rss_kb(a.pid))
    elapsed = time.monotonic() - start
    errors = counts.pop("connect-errors", set())
    print(f"{a.clients} clients in {elapsed:.1f} s: " + ", ".join(f"{k}: {v}" for k, v in sorted(counts.items())))
    for e in sorted(errors)[:5]:
        print("  connect error:", e)
    status, ms = await probe(a.host, a.port)
    print(f"while {len(held)} streams are held: GET /api/stats -> {status} in {ms:.1f} ms; server descriptors {fds(a.pid)}; "
          f"RSS {rss_kb(a.pid) / 1024:.1f} MiB (peak during the flood {peak / 1024:.1f} MiB, process high-water {rss_kb(a.pid, 'VmHWM') / 1024:.1f} MiB)")
    for w in held:
        w.close()
    await asyncio.sleep(3)
    status, ms = await probe(a.host, a.port)
    print(f"after closing them: GET /api/stats -> {status} in {ms:.1f} ms; server RSS {rss_kb(a.pid) / 1024:.1f} MiB, alive: {rss_kb(a.pid) > 0}")


asyncio.run(main())
