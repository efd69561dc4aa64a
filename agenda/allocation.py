"""Fair workshop allocation: random serial dictatorship with a published seed.

Everyone who gave preferences is put in one random order; in that order each person gets their
highest choice that still has a seat. This is Pareto-efficient (no two people can swap places and
both be better off) and nobody gains by lying about their preferences. The order does not depend on
when someone signed up: it is the SHA-256 of the seed and the person's identity, so anyone with the
seed (published on the event page) and the preferences can redo the draw and get the same outcome.
"""

import hashlib
from dataclasses import dataclass, field


@dataclass
class Outcome:
    seed: str
    order: list
    placed: dict = field(default_factory=dict)  # person -> workshop id
    unplaced: list = field(default_factory=list)  # people, in draw order
    ranks: dict = field(default_factory=dict)  # person -> the rank (1 = first choice) they got

    def share_first_choice(self):
        people = len(self.order)
        return sum(1 for rank in self.ranks.values() if rank == 1) / people if people else 0.0


def draw_key(seed, person):
    return hashlib.sha256(f"{seed}:{person}".encode()).hexdigest()


def serial_dictatorship(*, choices, seats, seed, event_seats=None):
    """``choices``: person -> [workshop id, in order of preference]; ``seats``: workshop id -> free seats
    (None: no maximum); ``event_seats``: free seats in the whole event (None: no maximum).
    People are strings that identify them independently of sign-up order."""
    order = sorted(choices, key=lambda person: (draw_key(seed, person), person))
    free = dict(seats)
    outcome = Outcome(seed=seed, order=order)
    for person in order:
        if event_seats is not None and event_seats <= 0:
            outcome.unplaced.append(person)
            continue
        for rank, workshop in enumerate(choices[person], start=1):
            if workshop in free and (free[workshop] is None or free[workshop] > 0):
                if free[workshop] is not None:
                    free[workshop] -= 1
                outcome.placed[person] = workshop
                outcome.ranks[person] = rank
                if event_seats is not None:
                    event_seats -= 1
                break
        else:
            outcome.unplaced.append(person)
    return outcome
