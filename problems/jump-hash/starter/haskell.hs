-- Jump consistent hash, whole program: read T, then T lines "key num_buckets";
-- print jump_hash(key, num_buckets) for each, one per line. Use Data.Word (Word64) for the state.
import Data.Word (Word64)

jumpHash :: Word64 -> Int -> Int
jumpHash key n = error "TODO: implement the jump loop"

main :: IO ()
main = do
  (t : rest) <- lines <$> getContents
  let qs = take (read t) [(read a, read b) | l <- rest, let [a, b] = words l]
  mapM_ (\(k, n) -> print (jumpHash k n)) qs
