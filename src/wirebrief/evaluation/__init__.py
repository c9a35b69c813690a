"""Evaluation harnesses: build test input from the public dev sets and score a stage against it."""
