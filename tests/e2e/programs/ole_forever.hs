-- Prints without end: the output limit must stop it before the time limit does.
import Control.Monad (forever)

main :: IO ()
main = forever (putStrLn (replicate 4095 '1'))
