-- Whole program: read "eta_min eta_max T0 Tmult Q", then Q steps; print eta_t per line.
learningRate :: Double -> Double -> Integer -> Integer -> Integer -> Double
learningRate etaMin etaMax t0 tMult t = undefined -- TODO: find the run containing t

main :: IO ()
main = do
  (a : b : t0 : m : q : rest) <- words <$> getContents
  mapM_ (print . learningRate (read a) (read b) (read t0) (read m) . read) (take (read q) rest)
