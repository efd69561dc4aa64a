"""What every public form answers besides "thank you": a bot that filled the trap field gets the same answer as a
person, too many posts from one address get 429 with what was typed still in the form, and a busy database says
so with nothing lost."""

from django.shortcuts import redirect

from portal.locking import Busy


class PublicFormMixin:
    """For a FormView whose form has HoneypotMixin. Set ``rate_limited_errors`` (the service's exceptions) and
    ``get_rate_limited_message()``; ``submit(form)`` calls the service and may return a response of its own."""

    rate_limited_errors = ()

    def submit(self, form):
        raise NotImplementedError

    def form_valid(self, form):
        if form.is_spam:
            # Bots get the same answer as people, so they learn nothing.
            return redirect(self.get_success_url())
        try:
            response = self.submit(form)
        except self.rate_limited_errors:
            form.add_error(None, self.get_rate_limited_message())
            return self.render_to_response(self.get_context_data(form=form), status=429)
        except Busy as error:  # what they typed stays in the form
            form.add_error(None, str(error))
            return self.form_invalid(form)
        return response or redirect(self.get_success_url())

    def get_rate_limited_message(self):
        raise NotImplementedError
