# Independent check of Krippendorff's alpha on his own example (docs/agreement.md): python3 docs/agreement-check.py
from itertools import permutations
N=None
data={'A':[1,2,3,3,2,1,4,1,2,N,N,N],'B':[1,2,3,3,2,2,4,1,2,5,N,3],
      'C':[N,3,3,3,2,3,4,2,2,5,1,N],'D':[1,2,3,3,2,4,4,1,2,5,1,N]}
units=list(zip(*data.values()))
def alpha(units,metric):
    o={}
    for u in units:
        v=[x for x in u if x is not None]
        m=len(v)
        if m<2: continue
        for i,j in permutations(range(m),2):
            o[(v[i],v[j])]=o.get((v[i],v[j]),0)+1/(m-1)
    vals=sorted({c for c,_ in o})
    nc={c:sum(o.get((c,k),0) for k in vals) for c in vals}
    n=sum(nc.values())
    def d(c,k):
        if metric=='nominal': return 0 if c==k else 1
        if metric=='interval': return (c-k)**2
        lo,hi=min(c,k),max(c,k)
        return (sum(nc[g] for g in vals if lo<=g<=hi)-(nc[c]+nc[k])/2)**2
    Do=sum(o.get((c,k),0)*d(c,k) for c in vals for k in vals)
    De=sum(nc[c]*nc[k]*d(c,k) for c in vals for k in vals)/(n-1)
    return 1-Do/De
for m in ('nominal','ordinal','interval'): print(m, round(alpha(units,m),4))
