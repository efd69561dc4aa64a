"""Periodic jobs of the agenda, run by the worker (procrastinate finds this module in every app)."""

from procrastinate.contrib.django import app

from . import services


@app.periodic(cron="*/5 * * * *", periodic_id="allocate-workshops")
@app.task(queue="periodic", queueing_lock="allocate-workshops")
def allocate_workshops(timestamp):
    """At the deadline the fair draw runs by itself; an event already allocated is left alone."""
    services.allocate_due()
