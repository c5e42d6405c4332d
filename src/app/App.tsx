import { Route, Switch, useLocation } from 'wouter';
import { SearchBox } from '../features/search/SearchBox.tsx';
import { Explorer } from './Explorer.tsx';

export function App() {
  const [, navigate] = useLocation();
  return (
    <div className="app">
      <header className="topbar">
        <a
          href="/"
          className="brand"
          onClick={(e) => {
            e.preventDefault();
            navigate('/');
          }}
        >
          关系 <span>guanxi</span>
        </a>
        <SearchBox onChoose={(hit) => navigate(`/entity/${encodeURIComponent(hit.id)}`)} />
      </header>
      <Switch>
        <Route path="/entity/:id">{(params) => <Explorer focusId={decodeURIComponent(params.id)} />}</Route>
        <Route>
          <Explorer focusId={undefined} />
        </Route>
      </Switch>
    </div>
  );
}
