"""The worker's jobs for mail (run with `manage.py worker`)."""

from procrastinate import RetryStrategy
from procrastinate.contrib.django import app

from portal.outbox import delivery


class MailRetry(RetryStrategy):
    """Each attempt again waits longer and comes after every mail that has not failed yet (a lower priority):
    mails a hanging server keeps timing out would otherwise take every slot again as soon as they are due,
    and no new mail would go out."""

    def get_retry_decision(self, *, exception, job):
        decision = super().get_retry_decision(exception=exception, job=job)
        if decision is not None:
            decision.priority = -(job.attempts + 1)
        return decision


# Waits of 3, 9, 27 … seconds: about 8 hours in all before a mail is marked failed for the admin.
MAIL_RETRY = MailRetry(max_attempts=9, exponential_wait=3)


# The alias is the name under which mails queued before the move to portal/ were stored: they are still delivered.
@app.task(queue="mail", retry=MAIL_RETRY, pass_context=True, aliases=["alliantie.outbox.tasks.deliver_mail"])
def deliver_mail(context, mail_id):
    delivery.deliver(mail_id=mail_id, final_attempt=context.job.attempts >= MAIL_RETRY.max_attempts)
