"""A listener on 127.0.0.1 that logs every connection made to it and answers HTTP with a marker.

Used to prove that a query or update cannot make the server reach elsewhere: a probe passes when the
listener saw no connection at all (not merely no well-formed request: a TLS hello counts too).
"""

from __future__ import annotations

import socket
import socketserver
import threading
from dataclasses import dataclass, field

MARKER = "LISTENER-MARKER-7f3a"
_ANSWER = (
    '{"head":{"vars":["s","p","o"]},"results":{"bindings":[{"s":{"type":"literal","value":"' + MARKER + '"},'
    '"p":{"type":"literal","value":"' + MARKER + '"},"o":{"type":"literal","value":"' + MARKER + '"}}]}}'
).encode()


@dataclass
class Connection:
    peer: tuple
    request_line: str  # the first line received ('' when none came)


@dataclass
class Listener:
    port: int
    server: socketserver.ThreadingTCPServer
    connections: list[Connection] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def count(self) -> int:
        with self.lock:
            return len(self.connections)

    def paths(self) -> list[str]:
        with self.lock:
            return [c.request_line.split(" ")[1] for c in self.connections if c.request_line.count(" ") >= 2]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def start_listener() -> Listener:
    listener: Listener

    class Handler(socketserver.StreamRequestHandler):
        def handle(self) -> None:
            self.request.settimeout(5)
            entry = Connection(self.client_address, "")
            with listener.lock:
                listener.connections.append(entry)
            try:
                entry.request_line = self.rfile.readline(8192).decode("latin-1").strip()
                length = 0
                while (line := self.rfile.readline(8192)) not in (b"\r\n", b"\n", b""):
                    name, _, value = line.decode("latin-1").partition(":")
                    if name.strip().lower() == "content-length":
                        length = int(value.strip() or 0)
                if length:
                    self.rfile.read(length)
                head = (
                    "HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\n"
                    f"Content-Length: {len(_ANSWER)}\r\nConnection: close\r\n\r\n"
                )
                self.wfile.write(head.encode() + _ANSWER)
            except (OSError, ValueError):
                pass

    class Server(socketserver.ThreadingTCPServer):
        daemon_threads = True
        allow_reuse_address = True
        address_family = socket.AF_INET

    server = Server(("127.0.0.1", 0), Handler)
    listener = Listener(server.server_address[1], server)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return listener
