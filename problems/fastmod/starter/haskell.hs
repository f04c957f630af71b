-- Faster remainder by direct computation, whole program: for each line "d k n1 .. nk" print
-- M, then the k remainders, then the k divisibility flags (1/0), each on its own line.
import Data.Word (Word64)

computeM :: Word64 -> Word64
computeM d = error "TODO"

main :: IO ()
main = do
  (t : rest) <- lines <$> getContents
  mapM_ (const (putStrLn "TODO")) (take (read t) rest)
