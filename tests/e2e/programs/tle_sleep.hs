-- Waits forever without using CPU time: only the wall-clock limit can end it.
import Control.Concurrent (threadDelay)
import Control.Monad (forever)

main :: IO ()
main = forever (threadDelay 3600000000)
