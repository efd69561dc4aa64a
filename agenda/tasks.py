"""Periodic jobs of the agenda, run by the worker (procrastinate finds this module in every app)."""

from django.utils import timezone
from procrastinate.contrib.django import app

from . import services


@app.periodic(cron="*/5 * * * *", periodic_id="allocate-workshops")
@app.task(queue="periodic", queueing_lock="allocate-workshops")
def allocate_workshops(timestamp):
    """At the deadline the fair draw runs by itself; an event already allocated is left alone."""
    services.allocate_due()


# Hourly: the reminder leaves about three days before the start, the word to those still waiting soon after it.
@app.periodic(cron="20 * * * *", periodic_id="send-event-reminders")
@app.task(queue="periodic", queueing_lock="send-event-reminders")
def send_event_reminders(timestamp):
    now = timezone.now()
    services.send_reminders(now=now)
    services.close_waiting_lists(now=now)


# In the morning of the day after: a thank-you read over coffee, not at midnight.
@app.periodic(cron="30 9 * * *", periodic_id="send-event-thanks")
@app.task(queue="periodic", queueing_lock="send-event-thanks")
def send_event_thanks(timestamp):
    services.send_thanks(now=timezone.now())
