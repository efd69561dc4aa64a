"""Periodic jobs of the project, run by the worker (procrastinate).

Each task keeps its name from before the move to portal/ as an alias, so a job already queued under it runs."""

from django.core.management import call_command
from django.utils import timezone
from procrastinate.contrib.django import app

from portal import retention

# A job whose worker stopped sending heartbeats for this long (killed, machine gone) is run again.
STALLED_AFTER_SECONDS = 60


@app.periodic(cron="17 3 * * *", periodic_id="clear-sessions")
@app.task(queue="periodic", queueing_lock="clear-sessions", aliases=["alliantie.tasks.clear_expired_sessions"])
def clear_expired_sessions(timestamp):
    call_command("clearsessions")


@app.periodic(cron="* * * * *", periodic_id="retry-stalled-jobs")
@app.task(
    queue="periodic",
    queueing_lock="retry-stalled-jobs",
    aliases=["alliantie.tasks.retry_stalled_jobs"],
    pass_context=True,
)
async def retry_stalled_jobs(context, timestamp):
    stalled = await context.app.job_manager.get_stalled_jobs(seconds_since_heartbeat=STALLED_AFTER_SECONDS)
    for job in stalled:
        await context.app.job_manager.retry_job(job)


@app.periodic(cron="43 3 * * *", periodic_id="apply-retention")
@app.task(queue="periodic", queueing_lock="apply-retention", aliases=["alliantie.tasks.apply_retention_rules"])
def apply_retention_rules(timestamp):
    call_command("apply_retention")


# Hourly, not with the nightly retention run: the privacy statement promises that an address leaves the rate
# counters within an hour of its window's end.
@app.periodic(cron="7 * * * *", periodic_id="erase-expired-rate-counters")
@app.task(queue="periodic", queueing_lock="erase-expired-rate-counters")
def erase_expired_rate_counters(timestamp):
    return retention.erase_expired_rate_counters(now=timezone.now(), dry_run=False)
