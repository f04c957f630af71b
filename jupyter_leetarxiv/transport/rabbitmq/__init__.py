"""Judging through RabbitMQ: the client a server uses (RabbitDispatcher) and the Worker.

pika is imported only here and below: the core never sees it.
"""

from jupyter_leetarxiv.transport.rabbitmq.client import BrokerUnavailableError, RabbitDispatcher
from jupyter_leetarxiv.transport.rabbitmq.topology import Topology
from jupyter_leetarxiv.transport.rabbitmq.worker import Worker

__all__ = ["BrokerUnavailableError", "RabbitDispatcher", "Topology", "Worker"]
