/**
 * The one place the project loads kafkajs from: the tuning preload runs first, so kafkajs' producer
 * is built with it (see kafkajs-tuning/preload.ts). Other modules import kafkajs' values from here.
 */
import './kafkajs-tuning/preload';

export { CompressionCodecs, CompressionTypes, Kafka, logLevel, Partitioners } from 'kafkajs';
