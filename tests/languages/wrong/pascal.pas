program Wrong;
{ Subtracts instead of adding. }
var
  a, b: Int64;
begin
  ReadLn(a, b);
  WriteLn(a - b);
end.
