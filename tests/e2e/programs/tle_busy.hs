-- Counts in a strict loop that allocates nothing: all CPU, constant memory. (It would stop when
-- the counter wraps, after 2^63 steps.)
count :: Int -> Int
count n = if n < 0 then n else count (n + 1)

main :: IO ()
main = print (count 0)
