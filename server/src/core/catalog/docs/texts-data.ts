/** Every area file of option texts, in one module so option-texts.ts can load them on first use. */

import autoscaler from './autoscaler.json';
import changelog from './changelog.json';
import checkpointing from './checkpointing.json';
import cluster from './cluster.json';
import filesystems from './filesystems.json';
import forst from './forst.json';
import ha from './ha.json';
import kubernetes from './kubernetes.json';
import memory from './memory.json';
import metrics from './metrics.json';
import misc from './misc.json';
import operator from './operator.json';
import pipeline from './pipeline.json';
import rest from './rest.json';
import rocksdb from './rocksdb.json';
import security from './security.json';
import table from './table.json';
import taskmanager from './taskmanager.json';

export default [autoscaler, changelog, checkpointing, cluster, filesystems, forst, ha, kubernetes, memory, metrics, misc, operator, pipeline, rest, rocksdb, security, table, taskmanager];
