"""A TCP proxy between a desk and a real PostgreSQL server, to make a venue's
network happen in a test: pass traffic, delay every chunk of it, or pull the
cable.

A pulled cable closes nothing and refuses nothing: the desk's connections stay
open, what it sends is never answered, and a socket read waits. When the cable
goes back in within TCP's retransmission time, what was sent arrives late and
the connection carries on. ``pull()`` does exactly that: every byte in flight,
either way, is held (not forwarded, not dropped, no connection closed) until
``plug()``. New connections are accepted by the proxy's listening socket (as a
switch in the room would) and go nowhere until then either."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from types import TracebackType
from typing import Self

CHUNK = 65536


class TcpProxy:
    def __init__(self, host: str, port: int) -> None:
        self._target = (host, port)
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port: int = self._listener.getsockname()[1]
        self._cable = threading.Condition()
        self._plugged = True
        self._delay = 0.0
        self._closed = False
        self._sockets: list[socket.socket] = []
        self._threads: list[threading.Thread] = []
        self.connections = 0
        self._start(self._accept)

    # --- what the test does to the network --------------------------------------------

    def pull(self) -> None:
        """The cable is out: nothing moves either way, nothing is closed."""
        with self._cable:
            self._plugged = False

    def plug(self) -> None:
        """The cable is back: what was held moves on."""
        with self._cable:
            self._plugged = True
            self._cable.notify_all()

    def delay(self, seconds: float) -> None:
        """Every chunk, either way, arrives ``seconds`` late (0: none)."""
        self._delay = seconds

    # --- plumbing ----------------------------------------------------------------------

    def _start(self, target: object, *args: object) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)  # type: ignore[arg-type]
        self._threads.append(thread)
        thread.start()

    def _wait_for_cable(self) -> bool:
        with self._cable:
            while not self._plugged and not self._closed:
                self._cable.wait(0.1)
        return not self._closed

    def _accept(self) -> None:
        self._listener.settimeout(0.1)
        while not self._closed:
            try:
                client, _ = self._listener.accept()
            except (TimeoutError, OSError):
                continue
            self._sockets.append(client)
            self._start(self._connect, client)

    def _connect(self, client: socket.socket) -> None:
        if not self._wait_for_cable():
            return
        try:
            server = socket.create_connection(self._target)
        except OSError:
            client.close()
            return
        self._sockets.append(server)
        self.connections += 1
        self._start(self._pump, client, server)
        self._start(self._pump, server, client)

    def _pump(self, source: socket.socket, sink: socket.socket) -> None:
        source.settimeout(0.1)
        while not self._closed:
            try:
                data = source.recv(CHUNK)
            except TimeoutError:
                continue
            except OSError:
                break
            if not data:
                break
            if self._delay:
                time.sleep(self._delay)
            if not self._wait_for_cable():  # held, neither sent nor dropped
                break
            try:
                sink.sendall(data)
            except OSError:
                break
        with contextlib.suppress(OSError):
            sink.shutdown(socket.SHUT_WR)

    def close(self) -> None:
        with self._cable:
            self._closed = True
            self._cable.notify_all()
        for sock in (self._listener, *self._sockets):
            with contextlib.suppress(OSError):
                sock.close()
        for thread in self._threads:
            thread.join(timeout=2)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
