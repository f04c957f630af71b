# Wrong for this task: the paper's tanh approximation,
# 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))). It is off by up to about 5e-4 (near |x| = 2.7),
# far more than the 1e-6 the judge allows.
import math


def gelu(x):
    return 0.5 * x * (1.0 + math.tanh(math.sqrt(2.0 / math.pi) * (x + 0.044715 * x ** 3)))
