"""The seed digest's facts that several test modules check: where the seeds are, and its six headlines."""

from pathlib import Path

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
SEED_HEADLINES = [
    "Ukraine says first day of peace talks with Russia ‘productive’",
    "US Supreme Court rejects challenge to California redistricting effort",
    "US-Iran nuclear talks set for Oman on Friday, Tehran confirms",
    "Man convicted of trying to assassinate Trump to serve life in prison",
    "AIPAC-linked PAC ups pressure on ‘moderate’ US Democrat in new strategy",
    "Why is there a mixed reaction in India to the US trade deal?",
]
