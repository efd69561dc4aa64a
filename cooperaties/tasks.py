"""Periodic jobs of the directory, run by the worker (procrastinate finds this module by its name)."""

from procrastinate.contrib.django import app

from . import services


# Daily: each coöperatie is asked once per COOPERATIES_CHECK_INTERVAL_DAYS (a year by default), so
# running every day spreads the mails over the year instead of sending them all on one day.
@app.periodic(cron="7 9 * * *", periodic_id="cooperaties-freshness-check")
@app.task(queue="periodic", queueing_lock="cooperaties-freshness-check")
def send_freshness_checks(timestamp):
    return services.send_freshness_checks()
