"""The judge core: problem packages, languages, checkers and the judge pipeline.

Nothing here imports Jupyter, tornado, IPython or pika: the core is carried by every transport.
"""
