"""Periodic jobs of the manifest, run by the worker (procrastinate finds this module in every app)."""

from procrastinate.contrib.django import app

from . import cbs_services


# Monday morning: CBS publishes on weekdays; a new number then waits for the secretariat's check.
@app.periodic(cron="15 6 * * 1", periodic_id="fetch-cbs-figures")
@app.task(queue="periodic", queueing_lock="fetch-cbs-figures")
def fetch_cbs_figures(timestamp):
    return cbs_services.fetch_all()
