"""Carrying submissions to judges and their events back: embedded pool, RabbitMQ."""

from jupyter_leetarxiv.transport.base import Dispatcher, DispatcherClosedError

__all__ = ["Dispatcher", "DispatcherClosedError"]
