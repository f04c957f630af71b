-- Reference (whole program): byte-pair encoding, Sennrich, Haddow & Birch (arXiv:1508.07909),
-- Section 3.2 / Algorithm 1, with incremental pair counts: only words that contain the merged
-- pair are updated; an ordered set gives the most frequent pair, ties to the smallest
-- (left, right).
import qualified Data.ByteString.Char8 as B
import qualified Data.IntMap.Strict as IM
import qualified Data.IntSet as IS
import Data.List (foldl')
import qualified Data.Map.Strict as M
import qualified Data.Set as S

type Sym = String
type Pair = (Sym, Sym)

data St = St
  { stWords :: !(IM.IntMap [Sym])
  , stFreq :: !(M.Map Pair Int)
  , stWhere :: !(M.Map Pair IS.IntSet)
  , stBest :: !(S.Set (Int, Sym, Sym)) -- (-frequency, left, right)
  }

pairsOf :: [Sym] -> [Pair]
pairsOf s = zip s (drop 1 s)

mergeWord :: Sym -> Sym -> [Sym] -> [Sym]
mergeWord a b = go
  where
    go (x : y : rest) | x == a && y == b = (a ++ b) : go rest
    go (x : rest) = x : go rest
    go [] = []

adjust :: Int -> Pair -> St -> St
adjust delta p@(l, r) st =
  let old = M.findWithDefault 0 p (stFreq st)
      new = old + delta
      best1 = if old > 0 then S.delete (negate old, l, r) (stBest st) else stBest st
      best2 = if new > 0 then S.insert (negate new, l, r) best1 else best1
      freq' = if new == 0 then M.delete p (stFreq st) else M.insert p new (stFreq st)
   in st {stFreq = freq', stBest = best2}

addWord :: Int -> Int -> [Sym] -> St -> St
addWord w cnt syms st0 = foldl' step st0 (pairsOf syms)
  where
    step st p = (adjust cnt p st) {stWhere = M.insertWith IS.union p (IS.singleton w) (stWhere st)}

learn :: IM.IntMap Int -> Int -> St -> [Pair]
learn counts k st
  | k == 0 || S.null (stBest st) = []
  | otherwise =
      let (_, a, b) = S.findMin (stBest st)
          ids = M.findWithDefault IS.empty (a, b) (stWhere st)
          st1 = st {stWhere = M.delete (a, b) (stWhere st)}
          update s w =
            let old = stWords s IM.! w
                new = mergeWord a b old
                cnt = counts IM.! w
             in if length new == length old
                  then s
                  else
                    let s1 = foldl' (flip (adjust (negate cnt))) s (pairsOf old)
                     in addWord w cnt new s1 {stWords = IM.insert w new (stWords s1)}
          st2 = foldl' update st1 (IS.toList ids)
       in (a, b) : learn counts (k - 1) st2

encode :: M.Map Pair Int -> [Sym] -> [Sym]
encode rank syms =
  case [(r, p) | p <- pairsOf syms, Just r <- [M.lookup p rank]] of
    [] -> syms
    found -> let (_, (a, b)) = minimum found in encode rank (mergeWord a b syms)

main :: IO ()
main = do
  toks <- B.words <$> B.getContents
  let readI s = maybe 0 fst (B.readInt s)
      [nWords, k, nQueries] = map readI (take 3 toks)
      entries = take nWords (pairUp (drop 3 toks))
      pairUp (x : y : rest) = (x, y) : pairUp rest
      pairUp _ = []
      initial = [map (: []) (B.unpack w) ++ ["_"] | (w, _) <- entries] -- characters + end symbol
      counts = IM.fromList (zip [0 ..] [readI c | (_, c) <- entries])
      empty = St IM.empty M.empty M.empty S.empty
      st0 = foldl' (\s (w, syms) -> addWord w (counts IM.! w) syms s {stWords = IM.insert w syms (stWords s)}) empty (zip [0 ..] initial)
      merges = learn counts k st0
      rank = M.fromListWith min (zip merges [0 ..]) -- the first index of a pair counts
      queries = take nQueries (drop (3 + 2 * nWords) toks)
  print (length merges)
  mapM_ (\(a, b) -> putStrLn (a ++ " " ++ b)) merges
  mapM_ (putStrLn . unwords . encode rank . (++ ["_"]) . map (: []) . B.unpack) queries
