"""The host's end of a box's attach connection: lines to the runner, lines back from it.

Without a TTY, the engine multiplexes the container's stdout and stderr on one stream, each chunk
behind an 8-byte header (stream id, three zero bytes, big-endian length). Stdout carries the
runner's reply lines; stderr only ever carries the runner's own complaints, of which the tail is
kept for the error message when a box fails.
"""

from __future__ import annotations

import socket
import struct
import time
from collections.abc import Callable

_HEADER = struct.Struct(">BxxxI")
_STDOUT, _STDERR = 1, 2
_STDERR_KEPT = 8192
_CHUNK = 1 << 16


class ChannelError(Exception):
    """The connection ended, stalled past its deadline, or carried something unexpected."""


class Channel:
    """One hijacked attach connection, used by one thread at a time."""

    def __init__(self, sock: socket.socket, also_close: Callable[[], None] | None = None) -> None:
        self._sock = sock
        self._also_close = also_close  # what else holds the connection open
        self._raw = bytearray()  # received, not yet demultiplexed
        self._out = bytearray()  # stdout payload, not yet split into lines
        self.stderr = bytearray()  # the tail of the runner's stderr

    def send(self, data: bytes, deadline: float) -> None:
        view = memoryview(data)
        while view:
            self._sock.settimeout(_remaining(deadline))
            try:
                sent = self._sock.send(view)
            except TimeoutError as e:
                raise ChannelError("the box did not take its request in time") from e
            except OSError as e:
                raise ChannelError(f"cannot write to the box: {e}") from e
            view = view[sent:]

    def receive(self, deadline: float) -> bytes:
        """The next line the runner wrote (without its newline)."""
        while True:
            end = self._out.find(b"\n")
            if end >= 0:
                line = bytes(self._out[:end])
                del self._out[: end + 1]
                return line
            self._demultiplex(self._recv(deadline))

    def _recv(self, deadline: float) -> bytes:
        self._sock.settimeout(_remaining(deadline))
        try:
            data = self._sock.recv(_CHUNK)
        except TimeoutError as e:
            raise ChannelError("the box did not answer in time") from e
        except OSError as e:
            raise ChannelError(f"cannot read from the box: {e}") from e
        if not data:
            raise ChannelError("the box's connection ended")
        return data

    def _demultiplex(self, data: bytes) -> None:
        self._raw += data
        while len(self._raw) >= _HEADER.size:
            stream, size = _HEADER.unpack_from(self._raw)
            if len(self._raw) < _HEADER.size + size:
                return
            payload = self._raw[_HEADER.size : _HEADER.size + size]
            del self._raw[: _HEADER.size + size]
            if stream == _STDOUT:
                self._out += payload
            elif stream == _STDERR:
                self.stderr = (self.stderr + payload)[-_STDERR_KEPT:]
            else:
                raise ChannelError(f"unexpected stream {stream} on the attach connection")

    def close(self) -> None:
        if self._also_close is not None:
            self._also_close()
        self._sock.close()


def _remaining(deadline: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise ChannelError("the box's deadline passed")
    return left
