import './styles.css';
import { LineageApi } from './api/index.ts';
import { ExplorerApp } from './app.ts';

const app = new ExplorerApp(new LineageApi());
(window as unknown as { __lineage: ReturnType<ExplorerApp['testHooks']> }).__lineage = app.testHooks();
void app.start();
